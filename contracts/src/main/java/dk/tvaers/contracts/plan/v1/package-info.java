/**
 * plan-service's integration events, version 1: the facts the other services need about a citizen's
 * coordinated plan (that it exists, which sector owns which sub-goal and in what state, when it was followed
 * up and when the next follow-up falls due). They carry ids, codes and dates only: the citizen's dream,
 * goals, sub-goal wording and names of people stay inside plan-service. The envelope names the citizen.
 */
package dk.tvaers.contracts.plan.v1;
