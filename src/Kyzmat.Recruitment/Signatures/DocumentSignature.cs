namespace Kyzmat.Recruitment.Signatures;

/// <summary>A detached signature over a document's SHA-256, with what a verifier needs to check it.</summary>
public sealed record DocumentSignature(string Provider, byte[] Value, byte[] PublicKey, DateTimeOffset SignedAt);
