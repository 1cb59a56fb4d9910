import { NavLink, Outlet } from 'react-router';
import { signOut } from '../auth';
import { sectorName } from '../danish';
import { insightIsHome, mayUseInsight } from '../insight';
import { useMe } from './ui';

export function Layout() {
  const me = useMe();
  const teamLeader = me.roles.includes('team-leader');
  const insight = mayUseInsight(me.roles);
  const citizens = !insightIsHome(me.roles);
  return (
    <>
      <a className="skipnav" href="#main-content">Gå til sidens indhold</a>
      <header className="header tvaers-header">
        <div className="container tvaers-header-inner">
          <div className="tvaers-brand">
            <NavLink to="/" className="tvaers-logo">Tværs</NavLink>
            <span className="tvaers-tagline">Én plan på tværs af sektorer</span>
          </div>
          <div className="tvaers-user">
            <p className="tvaers-user-name">
              <span className="sr-only">Logget ind som </span>
              <strong>{me.name}</strong>
              {me.sector && <span className="tvaers-user-sector">{sectorName(me.sector)}</span>}
              {!me.sector && me.roles.includes('management') && <span className="tvaers-user-sector">Ledelsen</span>}
            </p>
            <button type="button" className="button button-secondary button-small" onClick={() => void signOut()}>
              Log af
            </button>
          </div>
        </div>
        <nav className="tvaers-nav" aria-label="Hovedmenu">
          <div className="container">
            <ul className="tvaers-nav-list nobullet-list">
              {citizens && <li><NavLink to="/" end>Mine borgere</NavLink></li>}
              {teamLeader && <li><NavLink to="/visitation">Visitation</NavLink></li>}
              {insight && <li><NavLink to="/indsigt">Indsigt</NavLink></li>}
            </ul>
          </div>
        </nav>
      </header>
      <main id="main-content" className="container page-container tvaers-main">
        <Outlet />
      </main>
      <footer className="footer tvaers-footer">
        <div className="container">
          <p>Tværs – koordineret indsats for borgere med komplekse problemer. Alle opslag i personoplysninger logges.</p>
        </div>
      </footer>
    </>
  );
}
