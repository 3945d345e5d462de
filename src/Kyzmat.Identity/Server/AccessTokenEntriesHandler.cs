using Kyzmat.Recruitment.Persistence;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Validation;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Validation.OpenIddictValidationEvents;

namespace Kyzmat.Identity.Server;

/// <summary>
/// Takes the place of OpenIddict's token-entry and authorization-entry validation for access tokens (decision 0200):
/// <see cref="AccessTokenEntries"/> checks both in one untracked query, where OpenIddict read the token entry twice and
/// the authorization once, each a tracked query with its joins. Signature, encryption, lifetime and type are still
/// OpenIddict's checks, made before.
/// </summary>
internal sealed class AccessTokenEntriesHandler(KyzmatDbContext db) : IOpenIddictValidationHandler<ValidateTokenContext>
{
    public static OpenIddictValidationHandlerDescriptor Descriptor { get; } =
        OpenIddictValidationHandlerDescriptor.CreateBuilder<ValidateTokenContext>()
            .UseScopedHandler<AccessTokenEntriesHandler>()
            .SetOrder(OpenIddictValidationHandlers.Protection.ValidateTokenEntry.Descriptor.Order)
            .SetType(OpenIddictValidationHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ValidateTokenContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsRejected)
        {
            return;
        }

        var tokenId = context.Principal?.GetTokenId();
        var refusal = await AccessTokenEntries.RefusalAsync(db, tokenId, context.Principal?.GetAuthorizationId(), context.CancellationToken);
        if (refusal is not null)
        {
            context.Logger.LogInformation("Access token {TokenId} refused: {Refusal}", tokenId, refusal);
            context.Reject(Errors.InvalidToken, refusal);
        }
    }
}
