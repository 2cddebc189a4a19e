using Pms.Patients.Dtos;

namespace Pms.Patients.Services;

/// <summary>A document's details and its bytes, streamed from the store.</summary>
public sealed record DocumentContent(DocumentDto Document, Stream Bytes);
