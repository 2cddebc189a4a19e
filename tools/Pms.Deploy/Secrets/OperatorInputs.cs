using Pms.Contracts;
using Pms.Deploy.Manifest;
using Pms.Deploy.Resolution;

namespace Pms.Deploy.Secrets;

/// <summary>
/// Everything operators give: every AppHost parameter (secret or not, since a value the manifest
/// does not carry must come from them) and the connection strings they may redirect.
/// </summary>
public static class OperatorInputs
{
    private static readonly Dictionary<string, OperatorInput> Known = new OperatorInput[]
    {
        new("postgres-password", "PostgreSQL's superuser password; only the postgres-owners Job uses it, no service. For example: openssl rand -hex 24", ""),
        new("redis-password", "Password of Redis, where the web front end keeps its sessions and their keys and the gateway and auth-service count rate limits. Letters and digits only: it is placed verbatim in the connection string. For example: openssl rand -hex 24", ""),
        new(KafkaUsers.PasswordParameter(KafkaUsers.Administrator), "Password of Kafka's administrator, which Kafka sets at each start; only Kafka and the kafka-setup Job read it. Letters and digits only. For example: openssl rand -hex 24", ""),
        new("web-key-seal", "Secret under which the web front end seals the keys of its cookies before storing them in Redis, so a copy of Redis alone cannot forge a sign-in (at least 32 characters). Changing it signs every browser out. For example: openssl rand -hex 32", ""),
        new("admin-email", "Email of the first administrator (not secret, but given here like every input).", "admin@pms.local"),
        new("admin-password", "Password of the first administrator (at least 12 characters, not a common password).", ""),
        new("payments-secret-key", "Stripe secret API key billing uses for Checkout and refunds (Stripe Dashboard > Developers > API keys). A test-mode key looks like sk_test_...; use sk_live_... only in production.", ""),
        new("payments-webhook-secret", "Signing secret of the Stripe webhook endpoint https://<your-host>/api/billing/webhooks/payments (events checkout.session.completed and checkout.session.expired); it looks like whsec_...", ""),
        new("web-public-url", "The web front end's address as browsers reach it, without a trailing slash, e.g. https://pms.example.org: password-reset emails link to it and the payment provider returns to it (not secret, but given here like every input).", "https://pms.example.org"),
        new("sms-provider", "How notification-service sends SMS: Local records them without sending (staging), Twilio sends them with the account below (not secret).", "Local"),
        new("twilio-account-sid", "Twilio account SID (Twilio Console > Account info), AC...; needed when sms-provider is Twilio, otherwise leave empty.", ""),
        new("twilio-auth-token", "Auth token of that Twilio account; needed when sms-provider is Twilio, otherwise leave empty.", ""),
        new("twilio-from-number", "The Twilio number SMS are sent from, in E.164 form (e.g. +441234567890); needed when sms-provider is Twilio (not secret).", ""),
        new("dashboard-browser-token", "Token that signs in to the telemetry dashboard's pages (kubectl port-forward service/dashboard 18888). For example: openssl rand -hex 24", ""),
        new("dashboard-otlp-api-key", "Key the services present when they send telemetry to the dashboard (OTLP header x-otlp-api-key). For example: openssl rand -hex 32", ""),
        new("auth-signing-key", "RSA private key (PKCS#8 PEM) that signs access tokens, on one line: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 | tr '\\n' ' '", ""),
    }.ToDictionary(input => input.Key);

    /// <param name="manifest">The parameters come from here, in the AppHost's order.</param>
    /// <param name="operatorConnectionStrings">Resource name → what the example says of its connection string.</param>
    /// <param name="defaultConnectionString">The in-cluster connection string of a resource, the example's value.</param>
    public static IReadOnlyList<OperatorInput> From(
        AspireManifest manifest,
        IReadOnlyDictionary<string, string> operatorConnectionStrings,
        Func<string, string> defaultConnectionString)
    {
        var parameters = manifest.Resources
            .Where(resource => resource.Value.Type == ResourceTypes.Parameter)
            .Select(parameter => Known.GetValueOrDefault(parameter.Key) ?? Describe(parameter.Key, parameter.Value));
        var connectionStrings = operatorConnectionStrings
            .OrderBy(resource => resource.Key, StringComparer.Ordinal)
            .Select(resource => new OperatorInput(
                ExpressionResolver.ConnectionStringKey(resource.Key), resource.Value, defaultConnectionString(resource.Key)));
        return [.. parameters, .. connectionStrings];
    }

    private static OperatorInput Describe(string key, ManifestResource parameter)
    {
        const string clientSecretSuffix = "-client-secret";
        const string databasePasswordSuffix = "db-password";
        var kafkaUser = KafkaUsers.Services.FirstOrDefault(user => KafkaUsers.PasswordParameter(user) == key);
        var description = kafkaUser is not null
            ? $"Password of the Kafka user {kafkaUser}, as whom the {kafkaUser} service signs in to Kafka; the kafka-setup Job sets it (applying again with the README's command rotates it). Letters and digits only. For example: openssl rand -hex 24"
            : key.EndsWith(clientSecretSuffix, StringComparison.Ordinal)
            ? $"Client secret of the {key[..^clientSecretSuffix.Length]} service identity. For example: openssl rand -hex 32"
            : key.EndsWith(databasePasswordSuffix, StringComparison.Ordinal)
            ? $"Password of the role {key[..^"-password".Length]}, which owns the database of the same name and is the only role its service connects as. Letters and digits only: it is placed verbatim in the connection string. Changing it here and applying again with the README's command rotates it (the postgres-owners Job runs again). For example: openssl rand -hex 24"
            : parameter.Inputs.Values.Any(input => input.Secret)
                ? $"The AppHost's secret parameter {key}."
                : $"The AppHost's parameter {key} (not secret).";
        return new OperatorInput(key, description, "");
    }
}
