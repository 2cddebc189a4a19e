using Microsoft.Extensions.Options;

namespace Pms.MailSink;

public sealed class MailStore(IOptions<MailSinkOptions> options)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<ReceivedMail> _newestFirst = new();

    public void Add(ReceivedMail mail)
    {
        lock (_gate)
        {
            _newestFirst.AddFirst(mail);
            while (_newestFirst.Count > options.Value.MaxMessages)
            {
                _newestFirst.RemoveLast();
            }
        }
    }

    public IReadOnlyList<ReceivedMail> List(string? recipient = null)
    {
        lock (_gate)
        {
            return string.IsNullOrWhiteSpace(recipient)
                ? [.. _newestFirst]
                : [.. _newestFirst.Where(mail => mail.IsAddressedTo(recipient))];
        }
    }

    public ReceivedMail? Find(Guid id)
    {
        lock (_gate)
        {
            return _newestFirst.FirstOrDefault(mail => mail.Id == id);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _newestFirst.Clear();
        }
    }
}
