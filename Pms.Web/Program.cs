using Pms.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapWebApplication();

app.Run();
