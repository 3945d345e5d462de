namespace Kyzmat.Workflows.Forms;

/// <summary>What a filepicker's reference records of a document (the host's truth, not what the browser sent).</summary>
public sealed record FormDocument(Guid Id, string FileName, string ContentType, long Size);
