import '@dkfds/css/dkfds.min.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { CALLBACK_PATH, completeSignIn, currentUser, loadConfig, meOf, signIn } from './auth';
import { MeContext } from './components/ui';
import { Layout } from './components/Layout';
import { CitizenPlan } from './pages/CitizenPlan';
import { FollowUpForm } from './pages/FollowUpForm';
import { SubGoalForm } from './pages/SubGoalForm';
import { Offers } from './pages/Offers';
import { GrantForm } from './pages/GrantForm';
import { Visitation } from './pages/Visitation';
import { CoordinatorForm } from './pages/CoordinatorForm';
import { ConsentForm } from './pages/ConsentForm';
import { NotFound } from './pages/NotFound';
import { InsightArea } from './components/insight';
import { InsightDashboard } from './pages/Insight';
import { Calculator } from './pages/Calculator';
import { InvestmentCaseForm } from './pages/InvestmentCaseForm';
import { InvestmentCasePage } from './pages/InvestmentCasePage';
import { Cohorts } from './pages/Cohorts';
import { Home } from './pages/Home';

const root = createRoot(document.getElementById('root')!);

function fatal(message: string) {
  root.render(
    <main className="container page-container" id="main-content">
      <h1>Tværs</h1>
      <div className="alert alert-error" role="alert">
        <div className="alert-body"><p className="alert-heading">Tværs kunne ikke starte</p><p className="alert-text">{message}</p></div>
      </div>
    </main>,
  );
}

async function start() {
  try {
    await loadConfig();
  } catch {
    fatal('Indstillingerne for log ind kunne ikke hentes. Prøv at genindlæse siden.');
    return;
  }
  if (window.location.pathname === CALLBACK_PATH) {
    try {
      const returnTo = await completeSignIn();
      window.history.replaceState(null, '', returnTo);
    } catch {
      fatal('Log ind blev ikke gennemført. Prøv at genindlæse siden.');
      return;
    }
  }
  const user = await currentUser();
  if (!user) {
    await signIn(window.location.pathname + window.location.search);
    return;
  }
  const router = createBrowserRouter([
    {
      path: '/',
      element: <Layout />,
      children: [
        { index: true, element: <Home /> },
        { path: 'borgere/:citizenId', element: <CitizenPlan /> },
        { path: 'borgere/:citizenId/opfoelgning', element: <FollowUpForm /> },
        { path: 'borgere/:citizenId/delmaal/nyt', element: <SubGoalForm /> },
        { path: 'borgere/:citizenId/delmaal/:subGoalId', element: <SubGoalForm /> },
        { path: 'borgere/:citizenId/tilbud', element: <Offers /> },
        { path: 'borgere/:citizenId/bevilling', element: <GrantForm /> },
        { path: 'borgere/:citizenId/koordinator', element: <CoordinatorForm /> },
        { path: 'borgere/:citizenId/samtykke', element: <ConsentForm /> },
        { path: 'visitation', element: <Visitation /> },
        {
          path: 'indsigt',
          element: <InsightArea />,
          children: [
            { index: true, element: <InsightDashboard /> },
            { path: 'beregner', element: <Calculator /> },
            { path: 'beregner/ny', element: <InvestmentCaseForm /> },
            { path: 'beregner/:caseId', element: <InvestmentCasePage /> },
            { path: 'beregner/:caseId/ret', element: <InvestmentCaseForm /> },
            { path: 'foer-efter', element: <Cohorts /> },
          ],
        },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
  root.render(
    <StrictMode>
      <MeContext.Provider value={meOf(user)}>
        <RouterProvider router={router} />
      </MeContext.Provider>
    </StrictMode>,
  );
}

void start();
