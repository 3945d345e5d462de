using GraphQL;
using GraphQL.Types;
using Kyzmat.GraphQL.Authorization;
using Kyzmat.GraphQL.Common;
using Kyzmat.Recruitment.Profiles;

namespace Kyzmat.GraphQL.Profiles;

/// <summary>The citizen's own changes to «Жеке кабинет»; each needs a signed-in citizen and touches only their records.</summary>
internal static class ProfileMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProfileType>>("updatePersonalInformation")
            .Authorize()
            .Argument<NonNullGraphType<UpdatePersonalInformationInput>>("input")
            .ResolveAsync(async c => await Editor(c).UpdatePersonalAsync(c.CitizenId(), c.GetArgument<PersonalInformationInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<ProfileType>>("updateAdditionalInformation")
            .Authorize()
            .Argument<NonNullGraphType<UpdateAdditionalInformationInput>>("input")
            .ResolveAsync(async c => await Editor(c).UpdateAdditionalAsync(c.CitizenId(), c.GetArgument<AdditionalInformationInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<EducationType>>("saveEducation")
            .Description("Adds an education record, or changes the one with the given id.")
            .Authorize()
            .Argument<IdGraphType>("id")
            .Argument<NonNullGraphType<SaveEducationInput>>("input")
            .ResolveAsync(async c => await Editor(c).SaveEducationAsync(c.CitizenId(), c.GetArgument<Guid?>("id"), c.GetArgument<EducationInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeEducation")
            .Description("Removes an education record and its document when nothing else uses it.")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                await Editor(c).RemoveEducationAsync(c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken);
                return true;
            });

        mutation.Field<NonNullGraphType<WorkExperienceType>>("saveWorkExperience")
            .Description("Adds a period of work, or changes the one with the given id.")
            .Authorize()
            .Argument<IdGraphType>("id")
            .Argument<NonNullGraphType<SaveWorkExperienceInput>>("input")
            .ResolveAsync(async c => await Editor(c).SaveWorkExperienceAsync(c.CitizenId(), c.GetArgument<Guid?>("id"), c.GetArgument<WorkExperienceInput>("input"), c.CancellationToken));

        mutation.Field<NonNullGraphType<BooleanGraphType>>("removeWorkExperience")
            .Authorize()
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                await Editor(c).RemoveWorkExperienceAsync(c.CitizenId(), c.GetArgument<Guid>("id"), c.CancellationToken);
                return true;
            });
    }

    private static ProfileEditor Editor(IResolveFieldContext context) => context.Service<ProfileEditor>();
}
