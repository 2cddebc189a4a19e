using Pms.Auth.Apis;
using Pms.Auth.Extensions;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Messaging.DeadLetters;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapDiscoveryApi();
app.MapAccountsApi();
app.MapMfaApi();
app.MapPasswordsApi();
app.MapRevocationsApi();
app.MapUsersApi();
app.MapDoctorAccountsApi();
app.MapServiceTokenApi();
app.MapSigningKeysApi();
app.MapDeadLetterApi("/api/auth");

return await app.RunServiceAsync(args);
