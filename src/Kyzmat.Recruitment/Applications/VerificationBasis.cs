namespace Kyzmat.Recruitment.Applications;

/// <summary>What a verdict rests on.</summary>
public enum VerificationBasis
{
    /// <summary>The PAdES signature embedded in the PDF, checked cryptographically, and our registry.</summary>
    EmbeddedSignature = 1,

    /// <summary>
    /// Our registry only: the signature over the document's hash kept with the application. Applications signed before
    /// PDFs carried signatures are verified this way, and every verification by number.
    /// </summary>
    RegistryHash = 2,
}
