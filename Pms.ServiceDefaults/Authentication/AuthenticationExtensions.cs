using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using Pms.Contracts;

namespace Pms.ServiceDefaults.Authentication;

public static class AuthenticationExtensions
{
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";
    public const string OpenIdConfigurationPath = "/.well-known/openid-configuration";

    /// <summary>
    /// Validates PMS access tokens: signature against auth-service's published keys (or the
    /// keys <paramref name="signingKeys"/> gives at the moment, for auth-service itself), issuer, audience and lifetime.
    /// </summary>
    public static IHostApplicationBuilder AddDefaultAuthentication(
        this IHostApplicationBuilder builder, Func<IServiceProvider, IEnumerable<SecurityKey>>? signingKeys = null)
    {
        var jwt = builder.Configuration.GetSection(JwtOptions.SectionName).Get<JwtOptions>() ?? new JwtOptions();
        var authority = jwt.Authority ?? builder.Configuration[$"services:{ResourceNames.Auth}:http:0"];

        builder.Services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.SectionName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IServiceProvider>((options, services) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Issuer,
                    ValidAudience = jwt.Audience,
                    ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ValidateIssuerSigningKey = true,
                    NameClaimType = SubjectClaim,
                    RoleClaimType = RoleClaim,
                    ClockSkew = TimeSpan.FromSeconds(30),
                };

                var revocations = services.GetRequiredService<TokenRevocations>();
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = context =>
                    {
                        if (context.SecurityToken is Microsoft.IdentityModel.JsonWebTokens.JsonWebToken token && revocations.IsRevoked(token))
                        {
                            context.Fail("The token was revoked: the account was locked, its roles changed or its password reset.");
                        }

                        return Task.CompletedTask;
                    },
                };

                if (signingKeys is not null)
                {
                    // Asked per token: auth-service's key ring changes while it runs.
                    options.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => signingKeys(services);
                }
                else if (authority is not null)
                {
                    options.MetadataAddress = authority.TrimEnd('/') + OpenIdConfigurationPath;
                    options.RequireHttpsMetadata = authority.StartsWith(Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase);
                }
            });

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TokenRevocations>();
        if (signingKeys is null && authority is not null)
        {
            builder.Services.AddHttpClient(TokenRevocationPoller.HttpClientName, client => client.BaseAddress = new Uri(authority));
            builder.Services.AddHostedService<TokenRevocationPoller>();
        }

        builder.Services.AddAuthorizationBuilder().AddPmsPolicies();
        return builder;
    }
}
