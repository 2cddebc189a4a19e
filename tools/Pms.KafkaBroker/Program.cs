using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Pms.KafkaBroker;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKafkaMockBroker(builder.Configuration);

var app = builder.Build();
app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health");
app.Run();
