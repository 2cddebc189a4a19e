using Pms.Auth.Apis;
using Pms.Auth.Extensions;

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

app.Run();
