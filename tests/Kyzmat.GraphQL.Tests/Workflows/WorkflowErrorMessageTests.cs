using System.Reflection;
using Kyzmat.Recruitment.Common;
using Kyzmat.Workflows;

namespace Kyzmat.GraphQL.Tests.Workflows;

public sealed class WorkflowErrorMessageTests
{
    public static TheoryData<string> EngineCodes => new(typeof(WorkflowErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!));

    [Theory]
    [MemberData(nameof(EngineCodes))]
    public void EveryEngineErrorCode_BecomesAUserErrorWithATextInEveryLanguage(string engineCode)
    {
        var error = new WorkflowException(engineCode, "detail").ToUserError();

        var texts = new[] { "ky", "ru", "en" }.Select(error.MessageIn).ToList();

        Assert.All(texts, text => Assert.NotEqual(error.Code, text));
        Assert.Equal(3, texts.Distinct().Count());
        Assert.Equal(engineCode == WorkflowErrorCodes.NotAuthorized ? UserErrorCodes.Forbidden : engineCode, error.Code);
    }
}
