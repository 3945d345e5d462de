namespace Kyzmat.Recruitment.Signatures;

/// <summary>The signature service did not answer, or not as agreed; nothing was signed or verified.</summary>
public sealed class SignatureServiceException : Exception
{
    public SignatureServiceException(string message)
        : base(message)
    {
    }

    public SignatureServiceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SignatureServiceException()
    {
    }
}
