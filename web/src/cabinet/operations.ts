// The cabinet's GraphQL operations; their types are generated into ../api/generated.ts.

export const cabinetSummaryQuery = /* GraphQL */ `
  query CabinetSummary {
    me {
      id
      fullName
      dateOfBirth
      completion { percent isComplete missing }
      unreadNotificationCount
    }
  }
`;

export const personalInformationQuery = /* GraphQL */ `
  query PersonalInformation {
    me { id profile { sex citizenship phone regionCode district address maritalStatus } }
    regions { code name { text } }
  }
`;

export const updatePersonalInformationMutation = /* GraphQL */ `
  mutation UpdatePersonalInformation($input: UpdatePersonalInformationInput!) {
    updatePersonalInformation(input: $input) { updatedAt }
  }
`;

export const additionalInformationQuery = /* GraphQL */ `
  query AdditionalInformation {
    me { id profile { languages { language level } computerSkills awards scientificDegree about } }
  }
`;

export const updateAdditionalInformationMutation = /* GraphQL */ `
  mutation UpdateAdditionalInformation($input: UpdateAdditionalInformationInput!) {
    updateAdditionalInformation(input: $input) { updatedAt }
  }
`;

export const educationsQuery = /* GraphQL */ `
  query Educations {
    me { id educations { id institution speciality qualification startDate endDate form field documentId } }
  }
`;

export const saveEducationMutation = /* GraphQL */ `
  mutation SaveEducation($id: ID, $input: SaveEducationInput!) {
    saveEducation(id: $id, input: $input) { id }
  }
`;

export const removeEducationMutation = /* GraphQL */ `
  mutation RemoveEducation($id: ID!) { removeEducation(id: $id) }
`;

export const workExperiencesQuery = /* GraphQL */ `
  query WorkExperiences {
    me {
      id
      workExperiences { id organisation department position postType areas startDate endDate documentId }
      experience { totalYears civilServiceYears }
    }
  }
`;

export const saveWorkExperienceMutation = /* GraphQL */ `
  mutation SaveWorkExperience($id: ID, $input: SaveWorkExperienceInput!) {
    saveWorkExperience(id: $id, input: $input) { id }
  }
`;

export const removeWorkExperienceMutation = /* GraphQL */ `
  mutation RemoveWorkExperience($id: ID!) { removeWorkExperience(id: $id) }
`;

export const reserveQuery = /* GraphQL */ `
  query MyReserve {
    me {
      id
      reserveEntries {
        id group startsOn endsOn status
        stateBody { name { text } }
        sourceVacancy { code title { text } }
      }
    }
  }
`;

export const signInHistoryQuery = /* GraphQL */ `
  query SignInHistory {
    me { id signInHistory(first: 30) { at method outcome clientAddress userAgent } }
  }
`;

export const notificationsQuery = /* GraphQL */ `
  query MyNotifications($after: String) {
    me {
      id
      unreadNotificationCount
      notifications(first: 20, after: $after) {
        nodes { id kind title { text } body { text } link createdAt readAt }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;

export const markNotificationReadMutation = /* GraphQL */ `
  mutation MarkNotificationRead($id: ID!) { markNotificationRead(id: $id) { id readAt } }
`;

export const markAllNotificationsReadMutation = /* GraphQL */ `
  mutation MarkAllNotificationsRead { markAllNotificationsRead }
`;

export const favouritesQuery = /* GraphQL */ `
  query MyFavourites {
    me {
      id
      favouriteVacancies {
        id code title { text } salaryMin salaryMax deadline isOpen
        stateBody { shortName { text } }
      }
    }
  }
`;

export const removeFavouriteMutation = /* GraphQL */ `
  mutation RemoveFavourite($vacancyId: ID!) { removeFavouriteVacancy(vacancyId: $vacancyId) }
`;

export const myApplicationsQuery = /* GraphQL */ `
  query MyApplications {
    me {
      id
      applications {
        id number status nextStep updatedAt currentStep { name { text } }
        vacancy { code title { text } stateBody { shortName { text } } }
      }
    }
  }
`;

export const telegramQuery = /* GraphQL */ `
  query MyTelegram {
    me {
      id
      telegram { available linked linkedAt }
      notificationPreferences { kind channel enabled }
    }
  }
`;

export const connectTelegramMutation = /* GraphQL */ `
  mutation ConnectTelegram { connectTelegram { url expiresAt } }
`;

export const disconnectTelegramMutation = /* GraphQL */ `
  mutation DisconnectTelegram { disconnectTelegram }
`;

export const setNotificationPreferenceMutation = /* GraphQL */ `
  mutation SetNotificationPreference($kind: NotificationKind!, $channel: NotificationChannel!, $enabled: Boolean!) {
    setNotificationPreference(kind: $kind, channel: $channel, enabled: $enabled) { kind channel enabled }
  }
`;
