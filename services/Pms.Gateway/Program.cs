using Pms.Gateway.Edge;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddEdge();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseEdge();
app.MapReverseProxy();

app.Run();
public partial class Program;
