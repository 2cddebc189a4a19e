using Pms.KafkaBroker;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddKafkaMockBroker(builder.Configuration);

var app = builder.Build();

app.MapDefaultEndpoints();

app.Run();
