namespace Pms.MailSink;

public sealed record ReceivedMail(
    Guid Id,
    DateTimeOffset ReceivedAt,
    string EnvelopeFrom,
    IReadOnlyList<string> EnvelopeRecipients,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    string? TextBody,
    string? HtmlBody,
    IReadOnlyDictionary<string, string> Headers,
    ReadOnlyMemory<byte> Raw)
{
    public bool IsAddressedTo(string address) =>
        EnvelopeRecipients.Concat(To).Any(recipient => string.Equals(recipient, address, StringComparison.OrdinalIgnoreCase));
}
