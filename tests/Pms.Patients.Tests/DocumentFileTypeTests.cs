using Pms.Patients.Model;

namespace Pms.Patients.Tests;

public sealed class DocumentFileTypeTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "application/pdf")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, "image/png")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10 }, "image/jpeg")]
    public void RecognisesAcceptedFilesByTheirFirstBytes(byte[] head, string contentType) =>
        Assert.Equal(contentType, DocumentFileType.Recognise(head)?.ContentType);

    [Theory]
    [InlineData("Hello, this is not a PDF")]
    [InlineData("GIF89a")]
    [InlineData("PK\u0003\u0004")]
    [InlineData("%PD")]
    [InlineData("")]
    [InlineData(" %PDF-1.7")]
    public void RefusesEverythingElse(string head) =>
        Assert.Null(DocumentFileType.Recognise(System.Text.Encoding.Latin1.GetBytes(head)));

    [Theory]
    [InlineData("blood-count.pdf", "blood-count.pdf")]
    [InlineData("BLOOD.PDF", "BLOOD.PDF")]
    [InlineData("scan", "scan.pdf")]
    [InlineData("invoice.html", "invoice.html.pdf")]
    [InlineData("../../etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Users\\ama\\lab.pdf", "lab.pdf")]
    [InlineData("line\nbreak.pdf", "linebreak.pdf")]
    [InlineData("   ", "document.pdf")]
    [InlineData(null, "document.pdf")]
    public void NamesTheDownloadAfterTheClientsFileWithTheTypesExtension(string? clientName, string expected) =>
        Assert.Equal(expected, DocumentFileType.Pdf.NameFile(clientName));

    [Fact]
    public void AJpegKeepsEitherOfItsExtensions()
    {
        Assert.Equal("xray.jpeg", DocumentFileType.Jpeg.NameFile("xray.jpeg"));
        Assert.Equal("xray.png.jpg", DocumentFileType.Jpeg.NameFile("xray.png"));
    }

    [Fact]
    public void AVeryLongNameIsCutFromTheFrontSoTheExtensionStays()
    {
        var name = DocumentFileType.Png.NameFile(new string('a', 400) + ".png");

        Assert.Equal(DocumentFileType.MaxFileNameLength, name.Length);
        Assert.EndsWith(".png", name);
    }
}
