using Kyzmat.Recruitment.Citizens;

namespace Kyzmat.Recruitment.Tests.Citizens;

public sealed class PersonalNumberTests
{
    [Theory]
    [InlineData(DemoAccounts.NewCitizenPin)]
    [InlineData(DemoAccounts.CitizenPin)]
    [InlineData(DemoAccounts.HrPin)]
    [InlineData(DemoAccounts.AdminPin)]
    [InlineData("2 2403 1990 12345")]
    [InlineData("12902200000001")]
    public void Check_WellFormedPin_HasNoProblem(string pin)
    {
        Assert.Equal(PersonalNumberProblem.None, PersonalNumber.Check(pin, out var normalized));
        Assert.Equal(14, normalized.Length);
    }

    [Theory]
    [InlineData("", PersonalNumberProblem.Missing)]
    [InlineData("   ", PersonalNumberProblem.Missing)]
    [InlineData("2240319901234A", PersonalNumberProblem.NotDigits)]
    [InlineData("٢٢٤٠٣١٩٩٠١٢٣٤٥", PersonalNumberProblem.NotDigits)]
    [InlineData("2240319901234", PersonalNumberProblem.WrongLength)]
    [InlineData("224031990123456", PersonalNumberProblem.WrongLength)]
    [InlineData("32403199012345", PersonalNumberProblem.WrongFirstDigit)]
    [InlineData("02403199012345", PersonalNumberProblem.WrongFirstDigit)]
    [InlineData("23203199012345", PersonalNumberProblem.InvalidDate)]
    [InlineData("22413199012345", PersonalNumberProblem.InvalidDate)]
    [InlineData("12902199900001", PersonalNumberProblem.InvalidDate)]
    public void Check_MalformedPin_NamesTheProblem(string pin, PersonalNumberProblem expected)
    {
        Assert.Equal(expected, PersonalNumber.Check(pin, out _));
    }

    [Fact]
    public void DateOfBirth_OfDemoCitizen_IsDigitsTwoToNine()
    {
        Assert.Equal(new DateOnly(1990, 3, 24), PersonalNumber.DateOfBirth(DemoAccounts.NewCitizenPin));
    }

    [Fact]
    public void HrPinOfBody_ForEveryBody_IsWellFormedAndDistinct()
    {
        var pins = Enumerable.Range(1, 30).Select(DemoAccounts.HrPinOfBody).ToList();

        Assert.All(pins, pin => Assert.True(PersonalNumber.IsValid(pin), pin));
        Assert.Equal(pins.Count, pins.Distinct().Count());
    }
}
