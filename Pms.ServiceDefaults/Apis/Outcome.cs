using System.Diagnostics.CodeAnalysis;

namespace Pms.ServiceDefaults.Apis;

/// <summary>
/// What a use case came to: its value, the request's field errors, or a refusal. <see cref="OutcomeResults"/>
/// is the one place that turns it into an HTTP answer.
/// </summary>
public abstract record Outcome<T>
{
    private Outcome()
    {
    }

    public sealed record Done(T Value) : Outcome<T>;

    public sealed record Invalid(IDictionary<string, string[]> Errors) : Outcome<T>;

    public sealed record Refused(Refusal Refusal) : Outcome<T>;

    public static implicit operator Outcome<T>(T value) => new Done(value);

    /// <remarks>Throws on null, so a missing refusal (a null tuple element, say) never passes for one.</remarks>
    public static implicit operator Outcome<T>(Refusal refusal) => new Refused(refusal ?? throw new ArgumentNullException(nameof(refusal)));

    public static implicit operator Outcome<T>(FieldErrors errors) => new Invalid((errors ?? throw new ArgumentNullException(nameof(errors))).Errors);

    public bool IsDone([MaybeNullWhen(false)] out T value)
    {
        value = this is Done done ? done.Value : default;
        return this is Done;
    }

    /// <summary>The same failure as the outcome of a use case that answers with another type.</summary>
    public Outcome<TOther> Failed<TOther>() => this switch
    {
        Invalid invalid => new Outcome<TOther>.Invalid(invalid.Errors),
        Refused refused => new Outcome<TOther>.Refused(refused.Refusal),
        _ => throw new InvalidOperationException("A done outcome has not failed."),
    };

    public TResult Match<TResult>(Func<T, TResult> done, Func<IDictionary<string, string[]>, TResult> invalid, Func<Refusal, TResult> refused) => this switch
    {
        Done success => done(success.Value),
        Invalid failure => invalid(failure.Errors),
        Refused refusal => refused(refusal.Refusal),
        _ => throw new InvalidOperationException($"Unknown outcome {this}."),
    };
}
