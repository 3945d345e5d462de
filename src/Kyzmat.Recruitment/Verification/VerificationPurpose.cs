namespace Kyzmat.Recruitment.Verification;

/// <summary>What a code confirms; codes of one purpose never confirm another.</summary>
public enum VerificationPurpose
{
    /// <summary>The second factor that ends every sign-in.</summary>
    SignIn,

    /// <summary>Confirms a newly given e-mail address (and signs in).</summary>
    ConfirmEmail,

    /// <summary>Confirms signing an application.</summary>
    SignApplication,
}
