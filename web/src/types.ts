// The shapes the services answer with, as far as the frontend uses them.

export type Uuid = string;
export type IsoDate = string;

export interface CaseSummary {
  caseId: Uuid;
  citizenId: Uuid;
  organisation: string;
  sector: string;
  legalBasis: string;
  caseworkerId: string;
  openedOn: IsoDate;
  status: string;
  closedOn: IsoDate | null;
  version: number;
}

export interface Caseload {
  caseworkerId: string;
  teamId: string | null;
  caseload: number;
  recommendedCaseload: number | null;
  warning: boolean;
}

export interface Team {
  teamId: string;
  organisation: string;
  sector: string;
  name: string;
  recommendedCaseload: number;
  authorityHoursPerWeek: number;
  version: number;
}

export interface Citizen {
  citizenId: Uuid;
  cpr: string;
  name: string;
  organisation: string;
  registeredOn: IsoDate;
}

export type MeasurementKind = 'SCALE_1_TO_10' | 'FUNCTIONING_LEVEL' | 'FIGURE';
export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
export type SubGoalStatus = 'OPEN' | 'ADJUSTED' | 'ACHIEVED' | 'DROPPED';
export type LifeArea =
  | 'PRACTICAL_TASKS' | 'SELF_CARE' | 'COMMUNICATION' | 'MOBILITY'
  | 'COMMUNITY_LIFE' | 'SOCIAL_LIFE' | 'HEALTH' | 'SURROUNDINGS';

export interface Measurement {
  kind: MeasurementKind;
  baseline: number | null;
  target: number;
  unit: string | null;
  direction: Direction | null;
}

export interface Reading {
  on: IsoDate;
  value: number;
  followUpId: Uuid | null;
  note: string | null;
}

export interface SubGoal {
  subGoalId: Uuid;
  goalId: Uuid;
  description: string;
  owningSector: string;
  priority: number;
  dueOn: IsoDate;
  lifeArea: LifeArea;
  measurement: Measurement;
  status: SubGoalStatus;
  statusReason: string | null;
  statusChangedOn: IsoDate | null;
  version: number;
  readings: Reading[];
}

export interface Activity {
  activityId: Uuid;
  kind: string;
  title: string;
  sector: string;
  provider: string | null;
  reference: string | null;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  endedOn: IsoDate | null;
  subGoalIds: Uuid[];
}

export interface FollowUp {
  followUpId: Uuid;
  heldOn: IsoDate;
  participants: { name: string; role: string }[];
  readings: { subGoalId: Uuid; value: number; note: string | null }[];
  citizenRating: number | null;
  citizenComment: string | null;
  adjustments: string | null;
  nextDueOn: IsoDate;
  recordedBy: string;
}

export interface Plan {
  planId: Uuid;
  citizenId: Uuid;
  organisation: string;
  createdOn: IsoDate;
  dream: string | null;
  goals: { goalId: Uuid; text: string }[];
  subGoals: SubGoal[];
  activities: Activity[];
  followUp: { frequencyMonths: number; nextDueOn: IsoDate; state: string; lastHeldOn: IsoDate | null };
  followUps: FollowUp[];
  version: number;
}

export interface FollowUpDue {
  planId: Uuid;
  citizenId: Uuid;
  nextDueOn: IsoDate;
  state: string;
  frequencyMonths: number;
}

export interface InvolvedSector {
  citizenId: Uuid;
  sector: string;
  organisation: string;
  caseId: Uuid;
  caseworkerId: string;
  since: IsoDate;
  coordinator: boolean;
}

export interface CoordinatorStatus {
  citizenId: Uuid;
  coordinator: {
    caseworkerId: string;
    sector: string;
    organisation: string;
    previousCaseworkerId: string | null;
    reason: string | null;
    since: string;
  } | null;
  need: { reason: string; involvedSectors: string[]; since: string } | null;
}

export interface Consent {
  consentId: Uuid;
  citizenId: Uuid;
  sectors: string[];
  categories: string[];
  validFrom: IsoDate;
  validUntil: IsoDate | null;
  status: string;
  recordedBy: string;
  recordedAt: string;
  withdrawnAt: string | null;
}

export interface TimelineEntry {
  entryId: Uuid;
  citizenId: Uuid;
  occurredAt: string;
  sector: string | null;
  category: string | null;
  kind: string;
  summary: string;
}

export interface Notification {
  id: number;
  citizenId: Uuid;
  kind: string;
  text: string;
  sector: string | null;
  category: string | null;
  createdAt: string;
  read: boolean;
}

export interface Offer {
  offerId: Uuid;
  organisation: string;
  version: number;
  status: string;
  details: {
    title: string;
    kind: string;
    description: string | null;
    aims: string[];
    targetGroup: string | null;
    needs: string[];
    sectors: string[];
    provider: { organisation: string; name: string };
    access: string;
    functionLevel: number | null;
    weeklyHours: number | null;
    capacity: number | null;
    defaultDurationWeeks: number | null;
    legalBasis: string | null;
  };
  seatsTaken: number;
  freeSeats: number | null;
  waiting: number;
}

export interface OfferPage {
  offers: Offer[];
  total: number;
  page: number;
  size: number;
}

export interface Enrolment {
  enrolmentId: Uuid;
  offerId: Uuid;
  citizenId: Uuid;
  referringSector: string | null;
  providerOrganisation: string;
  status: string;
  waitlistPosition: number | null;
  enrolledOn: IsoDate | null;
  startedOn: IsoDate | null;
  plannedEndOn: IsoDate | null;
  endedOn: IsoDate | null;
}

export type GrantStatus = 'AWAITING_VISITATION' | 'APPROVED' | 'REJECTED' | 'ENDED';

export interface Grant {
  grantId: Uuid;
  citizenId: Uuid;
  caseId: Uuid;
  organisation: string;
  sector: string;
  offerId: Uuid;
  hoursPerWeek: number;
  validFrom: IsoDate;
  validUntil: IsoDate;
  legalBasis: string;
  externalPlacement: boolean;
  frameGrantId: Uuid | null;
  status: GrantStatus;
  proposedBy: string;
  decidedBy: string | null;
  endedOn: IsoDate | null;
  revisitationDueOn: IsoDate | null;
  version: number;
}
