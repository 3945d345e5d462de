using System.Globalization;
using System.Text;
using Kyzmat.Recruitment.Common;

namespace Kyzmat.Recruitment.Applications;

/// <summary>
/// Where a page of the task list ended: the order's key of the last task (due ticks, priority), its creation and id.
/// Opaque to clients; a cursor of another order is INVALID_CURSOR.
/// </summary>
internal sealed record HrTaskCursor(HrTaskSort Sort, long Key, DateTime CreatedAt, Guid Id)
{
    public string Encode() => Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(':',
        ((int)Sort).ToString(CultureInfo.InvariantCulture), Key.ToString(CultureInfo.InvariantCulture),
        CreatedAt.Ticks.ToString(CultureInfo.InvariantCulture), Id.ToString())));

    public static HrTaskCursor? Decode(string? cursor, HrTaskSort sort)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':');
            var decoded = new HrTaskCursor(
                (HrTaskSort)int.Parse(parts[0], CultureInfo.InvariantCulture),
                long.Parse(parts[1], CultureInfo.InvariantCulture),
                new DateTime(long.Parse(parts[2], CultureInfo.InvariantCulture), DateTimeKind.Utc),
                Guid.Parse(parts[3]));
            return decoded.Sort == sort && parts.Length == 4 ? decoded : throw new FormatException("Another order's cursor.");
        }
        catch (Exception ex) when (ex is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException or OverflowException)
        {
            throw new UserInputException(UserErrorCodes.InvalidCursor, ex);
        }
    }
}
