using Pms.Billing.Apis;
using Pms.Billing.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();

app.MapCatalogApi();
app.MapRegistrationFeesApi();
app.MapConsultationFeesApi();
app.MapBillsApi();
app.MapOnlinePaymentsApi();
app.MapReportsApi();

app.Run();
