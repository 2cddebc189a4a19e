using Pms.Notifications.Apis;
using Pms.Notifications.Extensions;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Messaging.DeadLetters;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapDeliveryLogApi();
app.MapDeadLetterApi("/api/notifications");

return await app.RunServiceAsync(args);
