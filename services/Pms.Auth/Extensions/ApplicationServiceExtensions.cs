using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pms.Auth.Infrastructure;
using Pms.Auth.Model;
using Pms.Auth.Security;
using Pms.Auth.Services;
using Pms.Auth.Services.Keys;
using Pms.Auth.Services.Mfa;
using Pms.Contracts;
using Pms.ServiceDefaults.Authentication;
using Pms.ServiceDefaults.Data;
using Pms.ServiceDefaults.DataProtection;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.RateLimiting;

namespace Pms.Auth.Extensions;

public static class ApplicationServiceExtensions
{
    /// <summary>OWASP's floor for PBKDF2-HMAC-SHA512 (Identity's v3 hash format).</summary>
    private const int PasswordHashIterations = 210_000;

    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AuthDbContext>(ResourceNames.AuthDatabase);
        builder.AddMessaging<AuthDbContext>(ResourceNames.Auth, ResourceNames.AuthDatabase);
        builder.Services.AddHostedService<AdminSeeder>();

        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName);
        builder.Services.AddSingleton<SigningKeyProtector>();
        builder.Services.AddSingleton<SigningKeyRing>();
        builder.Services.AddScoped<SigningKeyStore>();
        builder.Services.AddHostedService<SigningKeyRingRefresher>();
        builder.AddDefaultAuthentication(services => services.GetRequiredService<SigningKeyRing>().VerificationKeys);
        builder.AddPmsRateLimiting();

        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordHashIterations);
        builder.Services.AddIdentityCore<PmsUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = RegistrationValidator.MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                // Failures from one address wait after five (SignInThrottle); the account itself locks only when many addresses fail.
                options.Lockout.MaxFailedAccessAttempts = 20;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddUserStore<PmsUserStore>()
            .AddEntityFrameworkStores<AuthDbContext>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders();
        builder.Services.AddSingleton<PasswordHashingThreads>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IPasswordHasher<PmsUser>, LowPriorityPasswordHasher>());
        builder.Services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromMinutes(30));
        builder.Services.AddSharedDataProtection();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AccountLoginLimiter>();
        builder.Services.AddSingleton<PasswordWork>();
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<TotpCodes>();
        builder.Services.AddScoped<SignInChallenges>();
        builder.Services.AddScoped<RecoveryCodes>();
        builder.Services.AddScoped<MfaEnrolment>();
        builder.Services.AddScoped<Passwords>();
        builder.Services.AddScoped<AccessRevocations>();
        builder.Services.AddSingleton<UnknownAccountHasher>();
        builder.Services.AddSingleton<ServiceClientAuthenticator>();
        builder.Services.AddSingleton<AccessTokenIssuer>();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.AddScoped<RefreshTokenStore>();
        builder.Services.AddScoped<SessionService>();
        builder.Services.AddScoped<UserAdministration>();
        builder.Services.AddScoped<PatientAccountRegistration>();
        return builder;
    }

    /// <summary>
    /// Password-reset links are protected with ASP.NET Core data protection: its keys live in authdb, sealed with the
    /// signing ring's root, so a link one replica made opens on every other and survives restarts.
    /// </summary>
    public static IServiceCollection AddSharedDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ResourceNames.Auth).PersistKeysToDbContext<AuthDbContext>()
            .SealKeysWith(keys => new DataProtectionKeySeal(keys.GetRequiredService<SigningKeyProtector>().Seal, "pms auth data-protection key v1",
                "A data-protection key in authdb was sealed under another Auth:SigningKey: the password-reset links it protected no longer open."));
        return services;
    }
}
