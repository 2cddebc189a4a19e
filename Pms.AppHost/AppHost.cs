using Pms.AppHost;
using Pms.AppHost.Infrastructure;
using Pms.Contracts;

var builder = DistributedApplication.CreateBuilder(args).WithLocalRunLock();

var postgresPassword = builder.AddParameter("postgres-password",
    new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
var redisPassword = builder.AddParameter("redis-password",
    new GenerateParameterDefault { MinLength = 24, Special = false }, secret: true, persist: true);
var adminEmail = builder.AddParameter("admin-email", "admin@pms.local");
var adminPassword = builder.AddParameter("admin-password",
    new GenerateParameterDefault { MinLength = 20 }, secret: true, persist: true);
var signingKey = builder.AddParameter("auth-signing-key", new SigningKeyParameterDefault(), secret: true, persist: true);
var clientSecrets = new[] { ResourceNames.Patients, ResourceNames.Billing, ResourceNames.Notifications }.ToDictionary(
    service => service,
    service => builder.AddParameter($"{service}-client-secret", new GenerateParameterDefault { MinLength = 32, Special = false }, secret: true, persist: true));

var infrastructure = builder.AddPmsInfrastructure(new InfrastructurePasswords(postgresPassword, redisPassword),
    ResourceNames.AuthDatabase, ResourceNames.PatientDatabase, ResourceNames.BillingDatabase, ResourceNames.NotificationDatabase,
    ResourceNames.AuditDatabase);

var payments = builder.AddPaymentProvider(infrastructure);

var auth = builder.AddDataService<Projects.Pms_Auth>(ResourceNames.Auth, ServicePorts.Auth, ResourceNames.AuthDatabase, infrastructure)
    .WithEnvironment("Auth__AdminEmail", adminEmail)
    .WithEnvironment("Auth__AdminPassword", adminPassword)
    .WithEnvironment("Auth__SigningKey", signingKey)
    .WithServiceClients(clientSecrets)
    .WithRateLimits(builder.Configuration, infrastructure);

var billing = builder.AddDataService<Projects.Pms_Billing>(ResourceNames.Billing, ServicePorts.Billing, ResourceNames.BillingDatabase, infrastructure)
    .WithServiceIdentity(clientSecrets[ResourceNames.Billing])
    .WithPaymentProvider(payments)
    .WithReference(auth).WaitFor(auth);

var patients = builder.AddDataService<Projects.Pms_Patients>(ResourceNames.Patients, ServicePorts.Patients, ResourceNames.PatientDatabase, infrastructure)
    .WithServiceIdentity(clientSecrets[ResourceNames.Patients])
    .WithReference(infrastructure.Redis)
    .WithReference(auth).WaitFor(auth)
    .WithReference(billing).WaitFor(billing);

var notifications = builder.AddDataService<Projects.Pms_Notifications>(ResourceNames.Notifications, ServicePorts.Notifications, ResourceNames.NotificationDatabase, infrastructure)
    .WithServiceIdentity(clientSecrets[ResourceNames.Notifications])
    .WithReference(infrastructure.Mail)
    .WithSmsProvider(builder)
    .WithReference(auth).WaitFor(auth);

var audit = builder.AddDataService<Projects.Pms_Audit>(ResourceNames.Audit, ServicePorts.Audit, ResourceNames.AuditDatabase, infrastructure)
    .WithReference(auth).WaitFor(auth);

var gateway = builder.AddPmsProject<Projects.Pms_Gateway>(ResourceNames.Gateway, ServicePorts.Gateway)
    .WithExternalHttpEndpoints()
    .WithRateLimits(builder.Configuration, infrastructure)
    .WithReference(auth).WaitFor(auth)
    .WithReference(patients).WaitFor(patients)
    .WithReference(billing).WaitFor(billing)
    .WithReference(notifications).WaitFor(notifications)
    .WithReference(audit).WaitFor(audit);

var webKeySeal = builder.AddParameter("web-key-seal", new GenerateParameterDefault { MinLength = 48, Special = false }, secret: true, persist: true);
var web = builder.AddPmsProject<Projects.Pms_Web>(ResourceNames.Web, ServicePorts.Web)
    .WithExternalHttpEndpoints()
    .WithEnvironment("Web__KeySeal", webKeySeal)
    .WithPlainHttpSessionsInRuns(builder)
    .WithReference(infrastructure.Redis)
    .WithReference(gateway).WaitFor(gateway);

// Links in emails and the payment provider's return address name the web front end as browsers reach it.
var webAddress = builder.ExecutionContext.IsPublishMode
    ? ReferenceExpression.Create($"{builder.AddParameter("web-public-url")}")
    : ReferenceExpression.Create($"{web.GetEndpoint("http")}");
auth.WithEnvironment("Auth__PasswordResetPage", ReferenceExpression.Create($"{webAddress}/reset-password"));
billing.WithEnvironment("Payments__DefaultReturnUrl", ReferenceExpression.Create($"{webAddress}/bills"));
payments.SendWebhooksTo(gateway);
builder.ExportTelemetryToDashboardWhenPublished();

builder.Build().Run();
