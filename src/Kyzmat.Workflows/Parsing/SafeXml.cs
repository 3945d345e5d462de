using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Kyzmat.Workflows.Parsing;

/// <summary>Loads XML with no DTD processing, no resolver and a size limit; failures become findings.</summary>
internal static class SafeXml
{
    public static XDocument? Load(string xml, int maxCharacters, List<Finding> findings)
    {
        if (xml.Length > maxCharacters)
        {
            findings.Add(new Finding(null, FindingCodes.FileTooLarge, $"The diagram has {xml.Length} characters; the limit is {maxCharacters}."));
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new Finding(null, FindingCodes.XmlDtdProhibited, "Document type definitions (DTD) are not allowed: " + ex.Message));
            return null;
        }
        catch (XmlException ex)
        {
            findings.Add(new Finding(null, FindingCodes.XmlMalformed, "The file is not well-formed XML: " + ex.Message));
            return null;
        }
    }

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes; a longer stream is reported rather than read.</summary>
    public static string? ReadLimited(Stream stream, int maxBytes, List<Finding> findings)
    {
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > maxBytes)
        {
            findings.Add(new Finding(null, FindingCodes.FileTooLarge, $"The diagram is larger than the limit of {maxBytes} bytes."));
            return null;
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(buffer, 0, total).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            findings.Add(new Finding(null, FindingCodes.XmlMalformed, "The file is not UTF-8 text."));
            return null;
        }
    }
}
