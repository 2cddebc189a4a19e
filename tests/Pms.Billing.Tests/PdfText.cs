using UglyToad.PdfPig;

namespace Pms.Billing.Tests;

/// <summary>The text of a PDF as the reader sees it: per page, one string per printed row, top to bottom, its words in reading order separated by one space.</summary>
internal static class PdfText
{
    public static IReadOnlyList<IReadOnlyList<string>> Rows(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(page => (IReadOnlyList<string>)page.GetWords()
                .GroupBy(word => Math.Round(word.Letters[0].StartBaseLine.Y, 1))
                .OrderByDescending(row => row.Key)
                .Select(row => string.Join(' ', row.OrderBy(word => word.Letters[0].StartBaseLine.X).Select(word => word.Text)))
                .ToList())
            .ToList();
    }
}
