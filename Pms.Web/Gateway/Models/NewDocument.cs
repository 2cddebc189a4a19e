namespace Pms.Web.Gateway.Models;

/// <summary>A file to upload with what describes it; <see cref="Content"/>, of <see cref="Size"/> bytes, is read once, as it is sent.</summary>
public sealed record NewDocument(Stream Content, string FileName, string? ContentType, long Size, string Title, string Kind, DateOnly DocumentDate);
