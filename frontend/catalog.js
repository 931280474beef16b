// The fixed vocabularies of processes.md: task ids, statuses, focus areas, project types.

export const TASK_KEYS = [
  'reviewAgreement', 'reviseAgreement', 'signAgreementDonor', 'signAgreementRecipient',
  'approveProposalDonor', 'reviewProposalRecipient', 'approveProposalRegion', 'fileProposalNational', 'reviseProposal',
  'requestTranche', 'approveTranche', 'recordTransfer', 'confirmReceipt', 'investigateDiscrepancy',
  'submitCompletionReport', 'inspectCompletion', 'rectifyCompletion', 'recordRefund', 'confirmRefund', 'auditProject',
];

export const AGREEMENT_STATUSES = ['UNDER_REVIEW', 'SIGNING', 'ACTIVE', 'REJECTED', 'WITHDRAWN'];

export const PROJECT_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'IN_PROGRESS', 'COMPLETION_REVIEW', 'CLOSED',
  'REJECTED', 'WITHDRAWN', 'FAILED'];

/** Statuses after which nothing more happens to an agreement or project: it takes no more documents. */
export const FINAL_AGREEMENT_STATUSES = ['REJECTED', 'WITHDRAWN'];
export const FINAL_PROJECT_STATUSES = ['CLOSED', 'FAILED', 'REJECTED', 'WITHDRAWN'];

export const FOCUS_AREAS = ['LIVELIHOOD', 'TALENT', 'FACILITY', 'CULTURE'];

export const TYPE_GROUPS = {
  SERVICE_FACILITY: ['OUTDOOR_WORKER_STATION', 'WORKER_LIBRARY', 'INNOVATION_STUDIO', 'WORKERS_CULTURAL_PALACE',
    'MODEL_WORKER_HOME', 'CHILDCARE_STATION', 'NURSING_ROOM', 'SERVICE_CENTER'],
  TALENT_INDUSTRY: ['CRAFTSMAN_TRAINING', 'INDUSTRY_SUPPORT', 'CADRE_TRAINING', 'VOCATIONAL_TRAINING'],
  RELIEF: ['WARMTH_DELIVERY', 'GOLDEN_AUTUMN_SCHOLARSHIP', 'HARDSHIP_ASSISTANCE', 'MEDICAL_MUTUAL_AID', 'CONSUMPTION_ASSISTANCE'],
  CULTURE_EDUCATION: ['PUBLICITY_EDUCATION', 'CULTURAL_EXCHANGE', 'LANGUAGE_TRAINING'],
};

export function typeGroupOf(type) {
  return Object.keys(TYPE_GROUPS).find((g) => TYPE_GROUPS[g].includes(type)) || null;
}
