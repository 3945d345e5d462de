using System.Globalization;
using System.Text;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.GraphQL.Workflows;

/// <summary>
/// Opaque cursors of <c>workflowInstances</c>: the position in the newest-first list. (Instances have no unique sort
/// key the three databases compare alike, so these are offsets: a page may shift when instances start meanwhile.)
/// </summary>
internal static class WorkflowInstanceCursor
{
    private const string Prefix = "wi:";

    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The position of the first item after <paramref name="cursor"/> (0 without one).</summary>
    public static int After(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                && position < int.MaxValue)
            {
                return position + 1;
            }
        }
        catch (FormatException)
        {
        }

        throw new UserInputException(UserErrorCodes.InvalidCursor);
    }
}
