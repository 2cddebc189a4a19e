using Microsoft.Extensions.Options;

namespace Pms.MailSink;

public sealed class MailStore(IOptions<MailSinkOptions> options)
{
    private readonly Lock gate = new();
    private readonly LinkedList<ReceivedMail> newestFirst = new();

    public void Add(ReceivedMail mail)
    {
        lock (gate)
        {
            newestFirst.AddFirst(mail);
            while (newestFirst.Count > options.Value.MaxMessages)
            {
                newestFirst.RemoveLast();
            }
        }
    }

    public IReadOnlyList<ReceivedMail> List(string? recipient = null)
    {
        lock (gate)
        {
            return string.IsNullOrWhiteSpace(recipient)
                ? [.. newestFirst]
                : [.. newestFirst.Where(mail => mail.IsAddressedTo(recipient))];
        }
    }

    public ReceivedMail? Find(Guid id)
    {
        lock (gate)
        {
            return newestFirst.FirstOrDefault(mail => mail.Id == id);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            newestFirst.Clear();
        }
    }
}
