namespace Kyzmat.Recruitment.SignInHistory;

public enum SignInMethod
{
    /// <summary>PIN and «Түндүк» password (sandbox or upstream).</summary>
    Password,

    /// <summary>The e-mail code that ends the sign-in.</summary>
    EmailCode,

    /// <summary>Federation with the national unified identification system (ЕСИ).</summary>
    Esi,
}
