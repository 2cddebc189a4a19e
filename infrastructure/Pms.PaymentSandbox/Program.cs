using Pms.PaymentSandbox;
using Pms.PaymentSandbox.Hosted;
using Pms.PaymentSandbox.StripeApi;
using Pms.PaymentSandbox.Webhooks;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddPaymentSandbox();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapCheckoutSessionsApi();
app.MapRefundsApi();
app.MapCheckoutPage();
app.MapScriptApi();
app.MapWebhookFaultsApi();

app.Run();

public partial class Program;
