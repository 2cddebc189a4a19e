using Pms.Audit.Apis;
using Pms.Audit.Extensions;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Messaging.DeadLetters;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapAuditApi();
app.MapDeadLetterApi("/api/audit");

return await app.RunServiceAsync(args);
