using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components.Forms;
using Pms.Contracts.Documents;

namespace Pms.Web.Components.Forms;

public sealed class DocumentUploadModel
{
    [Required(ErrorMessage = "Choose a file.")]
    [MaximumFileSize(DocumentLimits.MaxFileBytes, ErrorMessage = "This file is larger than 20 MB, the most PMS keeps. Choose a smaller file.")]
    public IBrowserFile? File { get; set; }

    [Required(ErrorMessage = "Give the document a title.")]
    [StringLength(DocumentLimits.MaxTitleLength, ErrorMessage = "Use at most 200 characters.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Choose the kind of document.")]
    public string? Kind { get; set; }

    [Required(ErrorMessage = "Enter the date of the document.")]
    public DateTime? DocumentDate { get; set; }
}
