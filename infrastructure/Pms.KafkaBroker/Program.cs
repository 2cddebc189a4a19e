using Pms.KafkaBroker;
using Pms.KafkaBroker.Faults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddKafkaMockBroker(builder.Configuration);

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapFaultsApi();

app.Run();
