// Failed notification deliveries (types generated into src/api/generated.ts).

export const failedDeliveriesQuery = /* GraphQL */ `
  query AdminFailedDeliveries {
    failedNotificationDeliveries(first: 100) { id channel state attempts lastError kind createdAt }
  }
`;

export const retryDeliveryMutation = /* GraphQL */ `
  mutation AdminRetryDelivery($id: ID!) {
    retryNotificationDelivery(id: $id) { id state attempts }
  }
`;
