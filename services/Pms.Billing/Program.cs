using Pms.Billing.Apis;
using Pms.Billing.Extensions;
using Pms.ServiceDefaults.Messaging;
using Pms.ServiceDefaults.Messaging.DeadLetters;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapCatalogApi();
app.MapPayersApi();
app.MapCoveragesApi();
app.MapClaimsApi();
app.MapFeesApi();
app.MapBillsApi();
app.MapFhirInvoicesApi();
app.MapOnlinePaymentsApi();
app.MapReportsApi();
app.MapDeadLetterApi("/api/billing");

return await app.RunServiceAsync(args);
