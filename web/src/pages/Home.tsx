import { Navigate } from 'react-router';
import { insightIsHome } from '../insight';
import { useMe } from '../components/ui';
import { MyCitizens } from './MyCitizens';

/** The start page: a caseworker's citizens, or for management (who has no citizens of its own) the insight. */
export function Home() {
  const me = useMe();
  return insightIsHome(me.roles) ? <Navigate to="/indsigt" replace /> : <MyCitizens />;
}
