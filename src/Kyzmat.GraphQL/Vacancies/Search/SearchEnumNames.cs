using System.Text;

namespace Kyzmat.GraphQL.Vacancies.Search;

/// <summary>GraphQL names of the search's enum values with a word break at every digit run: From20000To40000 → FROM_20000_TO_40000.</summary>
internal static class SearchEnumNames
{
    public static string Of(string name)
    {
        var text = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && (char.IsUpper(c) || char.IsDigit(c) != char.IsDigit(name[i - 1])))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
