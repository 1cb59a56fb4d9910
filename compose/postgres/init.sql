-- One database and one login per service: no service can read another's tables.
CREATE ROLE case_service LOGIN PASSWORD 'case_service';
CREATE DATABASE tvaers_case OWNER case_service;
REVOKE ALL ON DATABASE tvaers_case FROM PUBLIC;

CREATE ROLE plan_service LOGIN PASSWORD 'plan_service';
CREATE DATABASE tvaers_plan OWNER plan_service;
REVOKE ALL ON DATABASE tvaers_plan FROM PUBLIC;

CREATE ROLE offer_service LOGIN PASSWORD 'offer_service';
CREATE DATABASE tvaers_offer OWNER offer_service;
REVOKE ALL ON DATABASE tvaers_offer FROM PUBLIC;

CREATE ROLE coordination_service LOGIN PASSWORD 'coordination_service';
CREATE DATABASE tvaers_coordination OWNER coordination_service;
REVOKE ALL ON DATABASE tvaers_coordination FROM PUBLIC;

CREATE ROLE insight_service LOGIN PASSWORD 'insight_service';
CREATE DATABASE tvaers_insight OWNER insight_service;
REVOKE ALL ON DATABASE tvaers_insight FROM PUBLIC;
