namespace Pms.Deploy.Tests;

/// <summary>Secrets come from the operators' env file only, and never sit in a ConfigMap.</summary>
public sealed class SecretTests(RenderedSystem system)
{
    [Fact]
    public void EverySecretAWorkloadReadsIsProvidedByTheSecretGenerator()
    {
        var secret = Assert.Single(system.OfKind<V1Secret>());
        var references = system.Pods
            .SelectMany(pod => pod.Pod.Containers)
            .SelectMany(container => container.Env ?? [])
            .Select(variable => variable.ValueFrom?.SecretKeyRef)
            .OfType<V1SecretKeySelector>()
            .ToList();

        Assert.NotEmpty(references);
        Assert.All(references, reference =>
        {
            Assert.Equal(secret.Metadata.Name, reference.Name);
            Assert.Contains(reference.Key, Repository.SecretKeys);
            Assert.Contains(reference.Key, secret.Data.Keys);
        });
    }

    [Fact]
    public void NoPasswordOrKeyIsWrittenIntoAConfigMapOrAVariable()
    {
        var configValues = system.OfKind<V1ConfigMap>().SelectMany(map => map.Data ?? new Dictionary<string, string>());
        var plainVariables = system.Pods
            .SelectMany(pod => pod.Pod.Containers)
            .SelectMany(container => container.Env ?? [])
            .Where(variable => variable.Value is not null)
            .Select(variable => new KeyValuePair<string, string>(variable.Name, variable.Value));

        Assert.All(configValues.Concat(plainVariables), setting =>
        {
            Assert.DoesNotMatch("(?i)(password|secret|signingkey)$", setting.Key.Replace("_", "", StringComparison.Ordinal));
            // A password is a reference: to a secret variable, $(...), or in a script to the environment, "${...}".
            Assert.DoesNotMatch(@"(?i)password=(?!\$\(|""?\$\{)", setting.Value);
            Assert.DoesNotMatch(@"://[^/@$]+:(?!\$\()[^/@]+@", setting.Value);
        });
    }

    [Fact]
    public void TheSmsProviderAndItsTwilioAccountAreChosenInTheSecretsFileLocalByDefault()
    {
        var variables = Assert.Single(system.Named<V1Deployment>(ResourceNames.Notifications).Spec.Template.Spec.Containers).Env
            .Where(variable => variable.Name.StartsWith("Notifications__", StringComparison.Ordinal))
            .ToDictionary(variable => variable.Name, variable => variable.ValueFrom?.SecretKeyRef?.Key);

        Assert.Equal(
            new Dictionary<string, string?>
            {
                ["Notifications__SmsProvider"] = "sms-provider",
                ["Notifications__Twilio__AccountSid"] = "twilio-account-sid",
                ["Notifications__Twilio__AuthToken"] = "twilio-auth-token",
                ["Notifications__Twilio__FromNumber"] = "twilio-from-number",
            },
            variables);
        Assert.Contains("sms-provider=Local", File.ReadAllLines(Path.Combine(Repository.AspirateOutput, DeploymentNames.SecretsExampleFile)));
    }
}
