import { useState, type FormEvent } from 'react';
import { get, post, PURPOSES } from '../api';
import { formatDate, formatNumber, sectorName } from '../danish';
import { citizen as loadCitizen, offer as loadOffer, mapLimited } from '../data';
import { useLoad } from '../hooks';
import type { Grant } from '../types';
import { Alert, Badge, ErrorMessage, Field, Loading, PageHeading, useMe } from '../components/ui';

interface Row { grant: Grant; citizen: string; offer: string }

/** The team leader's queue: grants above a caseworker's authority, waiting for the visitation meeting. */
export function Visitation() {
  const me = useMe();
  const queue = useLoad(async (signal) => {
    const grants = await get<Grant[]>('/api/grants/visitation', PURPOSES.visitation, signal);
    return mapLimited(grants, 4, async (grant): Promise<Row> => ({
      grant,
      citizen: (await loadCitizen(grant.citizenId, PURPOSES.visitation))?.name ?? 'Ukendt borger',
      offer: (await loadOffer(grant.offerId))?.details.title ?? 'Tilbud',
    }));
  }, []);
  const [decided, setDecided] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>();
  const [rejecting, setRejecting] = useState<string>();

  if (!me.roles.includes('team-leader')) {
    return (<><PageHeading title="Visitation">Visitation</PageHeading><p>Kun teamledere afgør bevillinger på visitationsmødet.</p></>);
  }

  const approve = async (row: Row) => {
    setFailure(undefined);
    try {
      await post(`/api/grants/${row.grant.grantId}/approval`, { expectedVersion: row.grant.version });
      setDecided({ ...decided, [row.grant.grantId]: `Bevillingen til ${row.citizen} (${row.offer}) er godkendt.` });
    } catch (err) {
      setFailure(err);
    }
  };
  const reject = async (row: Row, reason: string) => {
    setFailure(undefined);
    try {
      await post(`/api/grants/${row.grant.grantId}/rejection`, { expectedVersion: row.grant.version, reason });
      setRejecting(undefined);
      setDecided({ ...decided, [row.grant.grantId]: `Bevillingen til ${row.citizen} (${row.offer}) er afslået.` });
    } catch (err) {
      setFailure(err);
    }
  };

  const open = (queue.data ?? []).filter((r) => !decided[r.grant.grantId]);
  return (
    <>
      <PageHeading title="Visitation">Bevillinger til visitationsmødet</PageHeading>
      <p className="font-lead">{sectorName(me.sector)}: bevillinger over sagsbehandlernes bemyndigelse og eksterne anbringelser.</p>
      <div aria-live="polite" id="decisions">
        {Object.values(decided).map((text) => <Alert key={text} kind="success">{text}</Alert>)}
      </div>
      <ErrorMessage error={failure} />
      {queue.loading ? <Loading what="bevillinger" /> : queue.error ? <ErrorMessage error={queue.error} /> :
        open.length === 0 ? <p id="queue-empty">Ingen bevillinger venter på en afgørelse.</p> : (
          <ul className="nobullet-list" id="visitation-queue">
            {open.map((row) => (
              <li key={row.grant.grantId} className="card tvaers-grant" data-grant={row.grant.grantId}>
                <div className="card-content">
                  <h2 className="h4">{row.citizen}: {row.offer}</h2>
                  <dl className="tvaers-facts">
                    <dt>Timer om ugen</dt><dd>{formatNumber(row.grant.hoursPerWeek)}</dd>
                    <dt>Periode</dt><dd>{formatDate(row.grant.validFrom)} – {formatDate(row.grant.validUntil)}</dd>
                    <dt>Lovgrundlag</dt><dd>{row.grant.legalBasis}</dd>
                    <dt>Indstillet af</dt><dd>{row.grant.proposedBy}</dd>
                  </dl>
                  {row.grant.externalPlacement && <p><Badge kind="warning">Ekstern anbringelse</Badge></p>}
                  {rejecting === row.grant.grantId ? (
                    <RejectForm row={row} onReject={reject} onCancel={() => setRejecting(undefined)} />
                  ) : (
                    <div className="button-group">
                      <button type="button" className="button button-primary" onClick={() => void approve(row)}>
                        Godkend<span className="sr-only"> bevillingen til {row.citizen}</span>
                      </button>
                      <button type="button" className="button button-secondary" onClick={() => setRejecting(row.grant.grantId)}>
                        Afslå<span className="sr-only"> bevillingen til {row.citizen}</span>
                      </button>
                    </div>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
    </>
  );
}

function RejectForm({ row, onReject, onCancel }: { row: Row; onReject: (row: Row, reason: string) => Promise<void>; onCancel: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError('Skriv hvorfor bevillingen afslås. Begrundelsen sendes til sagsbehandleren.');
      return;
    }
    void onReject(row, reason.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Field label="Begrundelse for afslag" error={error} id={`reject-${row.grant.grantId}`}>
        {({ id, describedBy, invalid }) => (
          <textarea id={id} className="form-input" rows={3} maxLength={2000} value={reason} aria-describedby={describedBy}
            aria-invalid={invalid} onChange={(e) => setReason(e.target.value)} autoFocus />
        )}
      </Field>
      <div className="button-group">
        <button type="submit" className="button button-primary">Afslå bevillingen</button>
        <button type="button" className="button button-secondary" onClick={onCancel}>Fortryd</button>
      </div>
    </form>
  );
}
