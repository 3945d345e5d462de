// The application path's GraphQL operations («Арыз тапшыруу» … «Менин жоопторум»).

export const applyForVacancyMutation = /* GraphQL */ `
  mutation ApplyForVacancy($vacancyId: ID!) { applyForVacancy(vacancyId: $vacancyId) { id } }
`;

export const activeApplicationsQuery = /* GraphQL */ `
  query ActiveApplications { me { id applications { id status vacancy { id } } favouriteVacancies { id } } }
`;

export const addFavouriteMutation = /* GraphQL */ `
  mutation AddFavourite($vacancyId: ID!) { addFavouriteVacancy(vacancyId: $vacancyId) }
`;

export const removeFavouriteVacancyMutation = /* GraphQL */ `
  mutation RemoveFavouriteVacancy($vacancyId: ID!) { removeFavouriteVacancy(vacancyId: $vacancyId) }
`;

export const applicationQuery = /* GraphQL */ `
  query ApplicationDetails($id: ID!) { application(id: $id) { ...ApplicationFields } }

  fragment ApplicationFields on Application {
  id number status nextStep canWithdraw language createdAt updatedAt signedAt testScore reason signedDocumentSha256 documentUrl
  vacancy {
    id code title { text } deadline isOpen
    stateBody { name { text } }
    offices { id name { text } address { text } region { name { text } } }
  }
  office { id name { text } address { text } }
  snapshot {
    createdAt applicantName applicantDateOfBirth applicantEmail applicantPhone applicantAddress
    vacancyTitle stateBody officeName officeAddress education work
    wording { language addressee title request education work consents date }
  }
  timeline { status at actor reason score }
  currentStep { name { text } }
  addedSteps { name { text } reachedAt completedAt }
  }
`;

export const createApplicationDocumentMutation = /* GraphQL */ `
  mutation CreateApplicationDocument($applicationId: ID!, $officeId: ID!) {
    createApplicationDocument(applicationId: $applicationId, officeId: $officeId) { id }
  }
`;

export const changeApplicationOfficeMutation = /* GraphQL */ `
  mutation ChangeApplicationOffice($applicationId: ID!) { changeApplicationOffice(applicationId: $applicationId) { id } }
`;

export const requestApplicationSignatureMutation = /* GraphQL */ `
  mutation RequestApplicationSignature($applicationId: ID!) { requestApplicationSignature(applicationId: $applicationId) { id } }
`;

export const resendApplicationSigningCodeMutation = /* GraphQL */ `
  mutation ResendApplicationSigningCode($applicationId: ID!) { resendApplicationSigningCode(applicationId: $applicationId) }
`;

export const confirmApplicationSignatureMutation = /* GraphQL */ `
  mutation ConfirmApplicationSignature($applicationId: ID!, $code: String!) {
    confirmApplicationSignature(applicationId: $applicationId, code: $code) { id }
  }
`;

export const withdrawApplicationMutation = /* GraphQL */ `
  mutation WithdrawApplication($applicationId: ID!) { withdrawApplication(applicationId: $applicationId) { id } }
`;
