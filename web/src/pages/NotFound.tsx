import { Link } from 'react-router';
import { PageHeading } from '../components/ui';

export function NotFound() {
  return (
    <>
      <PageHeading title="Siden findes ikke">Siden findes ikke</PageHeading>
      <p>Adressen findes ikke i Tværs. <Link to="/">Gå til Mine borgere</Link>.</p>
    </>
  );
}
